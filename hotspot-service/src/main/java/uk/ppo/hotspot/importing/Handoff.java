package uk.ppo.hotspot.importing;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Chunks from the parser thread to the job's thread, one waiting at most. Either side may stop:
 * the parser by handing over a failure, the job's thread by abandoning the import.
 */
final class Handoff {

    private final BlockingQueue<Chunk> queue = new ArrayBlockingQueue<>(1);
    private volatile boolean abandoned;

    /** false if the import was abandoned and the chunk is not wanted. */
    boolean put(Chunk chunk) throws InterruptedException {
        while (!abandoned) {
            if (queue.offer(chunk, 100, TimeUnit.MILLISECONDS)) {
                return true;
            }
        }
        return false;
    }

    void fail(RuntimeException failure) {
        try {
            put(Chunk.failed(failure));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The next chunk; throws the parser's failure instead if it handed one over. */
    Chunk take() throws InterruptedException {
        Chunk chunk = queue.take();
        if (chunk.failure != null) {
            throw chunk.failure;
        }
        return chunk;
    }

    void abandon() {
        abandoned = true;
        queue.clear();
    }
}
