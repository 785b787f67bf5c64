//! `catalogue scenario` (filled in with the engine).

pub fn run(_args: &[String]) -> i32 {
    eprintln!("scenario: nog niet beschikbaar");
    2
}
