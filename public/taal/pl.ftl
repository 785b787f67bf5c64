# Concept
meta-status = concept
