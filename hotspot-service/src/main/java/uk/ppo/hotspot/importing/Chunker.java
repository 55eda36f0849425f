package uk.ppo.hotspot.importing;

import uk.ppo.common.problem.ProblemException;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Set;

/**
 * The parser thread's job: reads the upload row by row, keys each valid row and writes it as COPY text
 * into chunks of {@code chunkRows} rows, handed over one by one; the last carries the {@link ParseTally}.
 * A row whose key may have come before ({@link SeenKeys}) goes to the chunk's held rows. A failure is
 * handed over instead and ends the import.
 */
final class Chunker implements Runnable {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private final InputStream in;
    private final boolean skipInvalid;
    private final Set<String> lsoas;
    private final int chunkRows;
    private final Handoff handoff;

    Chunker(InputStream in, boolean skipInvalid, Set<String> lsoas, int chunkRows, Handoff handoff) {
        this.in = in;
        this.skipInvalid = skipInvalid;
        this.lsoas = lsoas;
        this.chunkRows = chunkRows;
        this.handoff = handoff;
    }

    @Override
    public void run() {
        long cpuStarted = THREADS.getCurrentThreadCpuTime();
        ParseTally tally = new ParseTally();
        IncidentKeys keys = new IncidentKeys();
        try (PoliceCsvReader reader = new PoliceCsvReader(UploadDecoder.utf8(in))) {
            Chunk chunk = new Chunk();
            for (PoliceCsvReader.Parsed parsed = reader.next(); parsed != null; parsed = reader.next()) {
                if (parsed instanceof PoliceCsvReader.Invalid invalid) {
                    tally.reject(invalid.line(), invalid.reason());
                    if (!skipInvalid && tally.rejected >= ParseTally.MAX_ERRORS) {
                        break;
                    }
                    continue;
                }
                PoliceRow row = ((PoliceCsvReader.Valid) parsed).row();
                String key = keys.keyOf(row);
                // ID-less (ASB) keys are unique within an upload by their occurrence number
                boolean mayRepeat = row.hasCrimeId() && tally.keys.add(key);
                CopyText.writeRow(mayRepeat ? chunk.held() : chunk.fresh(), parsed.line(), key, row);
                tally.rows++;
                if (row.lsoaCode() == null || !lsoas.contains(row.lsoaCode())) {
                    tally.unmatched++;
                }
                if (chunk.rows() >= chunkRows) {
                    chunk.anyRejected = tally.rejected > 0;
                    chunk.rowsSoFar = tally.rows + tally.rejected;
                    if (!handoff.put(chunk.finished())) {
                        return; // the import ended without this thread (a failure while merging)
                    }
                    chunk = new Chunk();
                }
            }
            chunk.anyRejected = tally.rejected > 0;
            chunk.rowsSoFar = tally.rows + tally.rejected;
            tally.parserCpuNanos = THREADS.getCurrentThreadCpuTime() - cpuStarted;
            chunk.tally = tally;
            handoff.put(chunk.finished());
        } catch (ProblemException e) {
            handoff.fail(e);
        } catch (UncheckedIOException | IllegalStateException | IOException e) {
            handoff.fail(UploadDecoder.problemOf(e));
        } catch (RuntimeException e) {
            handoff.fail(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
