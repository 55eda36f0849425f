package uk.ppo.common.jobs;

import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import java.util.ArrayList;
import java.util.List;

/** A transaction registry a test opens and ends by hand, running what was registered as a real one would after completion. */
final class FakeTransactions implements TransactionSynchronizationRegistry {

    private final List<Synchronization> registered = new ArrayList<>();
    private int status;

    FakeTransactions() {
        this(Status.STATUS_ACTIVE);
    }

    FakeTransactions(int status) {
        this.status = status;
    }

    void begin() {
        status = Status.STATUS_ACTIVE;
    }

    void end(int outcome) {
        registered.forEach(Synchronization::beforeCompletion);
        status = outcome;
        registered.forEach(s -> s.afterCompletion(outcome));
        registered.clear();
        status = Status.STATUS_NO_TRANSACTION;
    }

    @Override
    public Object getTransactionKey() {
        return status == Status.STATUS_ACTIVE ? this : null;
    }

    @Override
    public void putResource(Object key, Object value) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Object getResource(Object key) {
        throw new UnsupportedOperationException();
    }

    @Override
    public void registerInterposedSynchronization(Synchronization synchronization) {
        registered.add(synchronization);
    }

    @Override
    public int getTransactionStatus() {
        return status;
    }

    @Override
    public void setRollbackOnly() {
        status = Status.STATUS_MARKED_ROLLBACK;
    }

    @Override
    public boolean getRollbackOnly() {
        return status == Status.STATUS_MARKED_ROLLBACK;
    }
}
