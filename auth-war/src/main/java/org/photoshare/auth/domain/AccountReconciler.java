package org.photoshare.auth.domain;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import org.photoshare.auth.persistence.CredentialRepository;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Finishes what the account saga left open when a service was down: undoes stale registrations,
 * completes deletions, and forgets throttling windows that have closed. Every step is idempotent, so several
 * auth replicas may run it at once.
 */
@ApplicationScoped
public class AccountReconciler {

    private static final Logger LOG = Logger.getLogger(AccountReconciler.class.getName());
    private static final int BATCH = 50;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @Inject
    CredentialRepository credentials;

    @Inject
    AttemptThrottle throttle;

    @Inject
    AccountService accounts;

    @Inject
    AuthSettings settings;

    @Inject
    Clock clock;

    private ScheduledFuture<?> task;

    void start(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
        task = scheduler.scheduleWithFixedDelay(this::runSafely, 10, 10, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        if (task != null) {
            task.cancel(false);
        }
    }

    void runSafely() {
        try {
            reconcile();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Account reconciliation failed; next run will retry", e);
        }
    }

    public void reconcile() {
        Instant now = clock.instant();
        Instant stale = now.minus(settings.pendingTimeout());
        for (Credential pending : credentials.staleInState(CredentialState.PENDING, stale, BATCH)) {
            accounts.undoRegistration(pending.userId());
        }
        for (Credential deleting : credentials.staleInState(CredentialState.DELETING, now, BATCH)) {
            accounts.finishDeletion(deleting.userId());
        }
        throttle.forgetClosedWindows();
    }
}
