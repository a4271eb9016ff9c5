package org.photoshare.auth.domain;

/**
 * PENDING: reserved by a registration whose profile is not confirmed yet (the saga's durable record).
 * ACTIVE: can sign in. DELETING: account deletion started; clean-up of the other services is pending.
 * DISABLED: an admin disabled the account; sign-in is refused until an admin enables it again.
 */
public enum CredentialState {
    PENDING, ACTIVE, DELETING, DISABLED
}
