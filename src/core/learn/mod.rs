//! Learning each customer's taste from their feedback (the learning relationship).
