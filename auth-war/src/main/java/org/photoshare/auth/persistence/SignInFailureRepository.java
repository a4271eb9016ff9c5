package org.photoshare.auth.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import org.photoshare.auth.domain.SignInFailure;

import java.time.Instant;
import java.util.List;

/** Failed sign-ins live in the database, so every auth replica throttles the same way. */
@ApplicationScoped
@Transactional
public class SignInFailureRepository {

    @PersistenceContext(unitName = "auth")
    EntityManager em;

    public List<Instant> failuresSince(String username, Instant since, int limit) {
        return em.createNamedQuery(SignInFailure.RECENT_TIMES, Instant.class)
                .setParameter("username", username)
                .setParameter("since", since)
                .setMaxResults(limit)
                .getResultList();
    }

    public void record(String username, Instant at) {
        em.persist(new SignInFailure(username, at));
    }

    public void clear(String username) {
        em.createNamedQuery(SignInFailure.CLEAR).setParameter("username", username).executeUpdate();
    }

    public int purgeBefore(Instant before) {
        return em.createNamedQuery(SignInFailure.PURGE_BEFORE).setParameter("before", before).executeUpdate();
    }
}
