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
 * Reads a scheme's scoring feed from offender-service for a run, one page ahead: as soon as a page arrives the next
 * is asked for (after the page's last person), so offender-service reads it while the runner scores and stages this
 * one. It never asks beyond the total the first page announced; a failed page fails the run when the runner reaches it.
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

    Pages open(UUID schemeId, LocalDate asOf, LocalDate from, OffenderFailure.Wording wording) {
        return new Pages(schemeId, asOf, from, wording);
    }

    /** The next page of {@code pages}, waiting for it if it is still on its way (timed: the run's wait for the feed). */
    @Timed(value = RunStages.TIMER, extraTags = {"stage", "read"})
    OffenderInputs.Page next(Pages pages) {
        return pages.next();
    }

    /** One run's reading of the feed; close it when the run ends, so a page still on its way is abandoned. */
    final class Pages implements AutoCloseable {

        private final UUID schemeId;
        private final LocalDate asOf;
        private final LocalDate from;
        private final OffenderFailure.Wording wording;
        private int page;
        private long total = -1;
        private long read;
        private Future<OffenderInputs.Page> ahead;

        private Pages(UUID schemeId, LocalDate asOf, LocalDate from, OffenderFailure.Wording wording) {
            this.schemeId = schemeId;
            this.asOf = asOf;
            this.from = from;
            this.wording = wording;
        }

        private OffenderInputs.Page next() {
            OffenderInputs.Page p = ahead == null ? offender.page(schemeId, asOf, from, page, null, wording) : await(ahead);
            ahead = null;
            page++;
            if (total < 0) {
                total = p.total();
            }
            List<OffenderInputs.Person> people = p.people();
            if (people != null && !people.isEmpty()) {
                read += people.size();
                if (read < total) {
                    int number = page;
                    UUID after = people.get(people.size() - 1).personId();
                    ahead = CompletableFuture.supplyAsync(() -> offender.page(schemeId, asOf, from, number, after, wording), fetcher);
                }
            }
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
