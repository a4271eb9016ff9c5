package org.photoshare.auth.domain;

/**
 * PENDING: reserved by a registration whose profile is not confirmed yet (the saga's durable record).
 * ACTIVE: can sign in. DELETING: account deletion started; clean-up of the other services is pending.
 */
public enum CredentialState {
    PENDING, ACTIVE, DELETING
}
