package org.photoshare.profile.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.photoshare.platform.problem.ProblemException;
import org.photoshare.profile.domain.Profile;

import java.sql.SQLIntegrityConstraintViolationException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
@Transactional
public class ProfileRepository {

    @PersistenceContext(unitName = "profile")
    EntityManager em;

    public Optional<Profile> find(String id) {
        return Optional.ofNullable(em.find(Profile.class, id));
    }

    public List<Profile> findAll(Collection<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createNamedQuery(Profile.BY_IDS, Profile.class).setParameter("ids", ids).getResultList();
    }

    /**
     * Idempotent creation with the id chosen by the registration saga: a repeat of the same request
     * is a no-op; a clash of username or email with another profile is a 409.
     *
     * @return true when the profile was created now
     */
    public boolean create(String id, String username, String email, Instant now) {
        Profile existing = em.find(Profile.class, id);
        if (existing != null) {
            if (existing.username().equalsIgnoreCase(username)) {
                return false;
            }
            throw ProblemException.conflict("This user id is already in use.");
        }
        try {
            em.persist(new Profile(id, username, email, now));
            em.flush();
            return true;
        } catch (PersistenceException e) {
            throw uniqueViolation(e, null);
        }
    }

    public Profile update(String id, String displayName, String bio, String email, Instant now) {
        Profile profile = find(id).orElseThrow(() -> ProblemException.notFound("No such user."));
        long clashes = em.createNamedQuery(Profile.COUNT_EMAIL_OF_OTHERS, Long.class)
                .setParameter("email", email).setParameter("id", id).getSingleResult();
        if (clashes > 0) {
            throw ProblemException.conflict("This email is already registered.");
        }
        profile.update(displayName, bio, email, now);
        try {
            em.flush();
        } catch (PersistenceException e) {
            throw uniqueViolation(e, "This email is already registered.");
        }
        return profile;
    }

    public boolean delete(String id) {
        Profile profile = em.find(Profile.class, id);
        if (profile == null) {
            return false;
        }
        em.remove(profile);
        return true;
    }

    /** Names the clashing field from the unique key the database reports. */
    private static RuntimeException uniqueViolation(PersistenceException e, String detail) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLIntegrityConstraintViolationException violation) {
                if (detail != null) {
                    return ProblemException.conflict(detail);
                }
                String message = String.valueOf(violation.getMessage());
                return ProblemException.conflict(message.contains("uk_profile_email")
                        ? "This email is already registered."
                        : "This username is already taken.");
            }
        }
        return e;
    }
}
