//! Claim verification: did this person really say this? (Lands with the verify issue.)
