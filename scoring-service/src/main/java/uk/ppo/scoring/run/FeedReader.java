package uk.ppo.scoring.run;

import io.micrometer.core.annotation.Timed;
import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import uk.ppo.scoring.offender.OffenderFailure;
import uk.ppo.scoring.offender.OffenderInputs;
import uk.ppo.scoring.offender.OffenderService;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Reads a scheme's scoring feed from offender-service for a run, one id range at a time per reader ({@link FeedRange}),
 * one page ahead: as soon as a page arrives the next is asked for (after the page's last person), so offender-service
 * reads it while the runner scores and stages this one. A range ends at an empty page; a reader from the first id,
 * whose first page announced the scheme's total, also once it has read that many, and any other at a page short of the
 * page size. A failed page fails the run when the runner reaches it.
 */
@ApplicationScoped
class FeedReader {

    private final OffenderService offender;
    private final ExecutorService fetcher = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "score-run-feed");
        t.setDaemon(true);
        return t;
    });

    FeedReader(OffenderService offender) {
        this.offender = offender;
    }

    void onStop(@Observes ShutdownEvent event) {
        fetcher.shutdownNow();
    }

    Pages open(UUID schemeId, LocalDate asOf, LocalDate from, FeedRange range, OffenderFailure.Wording wording) {
        return new Pages(schemeId, asOf, from, range, wording);
    }

    /** The next page of {@code pages}, waiting for it if it is still on its way (timed: the run's wait for the feed). */
    @Timed(value = RunStages.TIMER, extraTags = {"stage", "read"})
    OffenderInputs.Page next(Pages pages) {
        return pages.next();
    }

    /** One reader's pages of one id range; close it when the run ends, so a page still on its way is abandoned. */
    final class Pages implements AutoCloseable {

        private final UUID schemeId;
        private final LocalDate asOf;
        private final LocalDate from;
        private final UUID after;
        private final UUID until;
        private final OffenderFailure.Wording wording;
        private int page;
        private long total = -1;
        private long read;
        private boolean done;
        private Future<OffenderInputs.Page> ahead;

        private Pages(UUID schemeId, LocalDate asOf, LocalDate from, FeedRange range, OffenderFailure.Wording wording) {
            this.schemeId = schemeId;
            this.asOf = asOf;
            this.from = from;
            this.after = range.after();
            this.until = range.until();
            this.wording = wording;
        }

        /** Whether the range has pages left to read. */
        boolean more() {
            return !done;
        }

        private OffenderInputs.Page next() {
            // only the range's first page is asked for here: every later one was asked for a page ahead
            OffenderInputs.Page p = ahead == null ? offender.page(schemeId, asOf, from, page, after, until, wording) : await(ahead);
            ahead = null;
            page++;
            if (total < 0) {
                total = p.total();
            }
            List<OffenderInputs.Person> people = p.people();
            if (people == null || people.isEmpty()) {
                done = true;
                return p;
            }
            read += people.size();
            if (total >= 0 ? read >= total : people.size() < p.size()) {
                done = true;
                return p;
            }
            int number = page;
            UUID last = people.get(people.size() - 1).personId();
            ahead = CompletableFuture.supplyAsync(() -> offender.page(schemeId, asOf, from, number, last, until, wording), fetcher);
            return p;
        }

        private OffenderInputs.Page await(Future<OffenderInputs.Page> page) {
            try {
                return page.get();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the scoring feed", e);
            }
        }

        @Override
        public void close() {
            if (ahead != null) {
                ahead.cancel(true);
            }
        }
    }
}
