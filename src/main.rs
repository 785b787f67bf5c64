//! Entry point: only mounts the app. Everything else lives in the library so
//! the pure core can be compiled and tested natively.

#[cfg(target_arch = "wasm32")]
fn main() {
    routekaart::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("Routekaart is a web app: build it with `trunk build --release` (see README.md).");
    eprintln!("For the catalogue tools run `cargo run --bin catalogue -- --help`.");
}
