//! Evaluation against gold annotations. (Lands with the core issue's eval command.)
