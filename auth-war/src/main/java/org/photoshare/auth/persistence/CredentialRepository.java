package org.photoshare.auth.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.photoshare.auth.domain.Credential;
import org.photoshare.auth.domain.CredentialState;
import org.photoshare.auth.domain.UsernameTakenException;

import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Each method is its own transaction: the registration saga commits its steps one by one. */
@ApplicationScoped
@Transactional
public class CredentialRepository {

    @PersistenceContext(unitName = "auth")
    EntityManager em;

    public void insert(Credential credential) {
        try {
            em.persist(credential);
            em.flush();
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw new UsernameTakenException();
            }
            throw e;
        }
    }

    public Optional<Credential> find(String userId) {
        return Optional.ofNullable(em.find(Credential.class, userId));
    }

    public Optional<Credential> findByUsername(String username) {
        return em.createNamedQuery(Credential.BY_USERNAME, Credential.class)
                .setParameter("username", username)
                .getResultStream()
                .findFirst();
    }

    /** Moves the credential to {@code next} only if it is currently in {@code expected}. */
    public boolean transition(String userId, CredentialState expected, CredentialState next, Instant now) {
        Credential credential = em.find(Credential.class, userId);
        if (credential == null || credential.state() != expected) {
            return false;
        }
        credential.moveTo(next, now);
        return true;
    }

    public boolean changePasswordHash(String userId, String newHash, Instant now) {
        Credential credential = em.find(Credential.class, userId);
        if (credential == null || credential.state() != CredentialState.ACTIVE) {
            return false;
        }
        credential.changePasswordHash(newHash, now);
        return true;
    }

    public void delete(String userId) {
        Credential credential = em.find(Credential.class, userId);
        if (credential != null) {
            em.remove(credential);
        }
    }

    public List<Credential> staleInState(CredentialState state, Instant before, int limit) {
        return em.createNamedQuery(Credential.STALE_IN_STATE, Credential.class)
                .setParameter("state", state)
                .setParameter("before", before)
                .setMaxResults(limit)
                .getResultList();
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException) {
                return true;
            }
        }
        return false;
    }
}
