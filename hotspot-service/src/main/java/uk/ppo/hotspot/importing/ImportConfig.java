package uk.ppo.hotspot.importing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;

/** The incident import's settings ({@code ppo.hotspot.import.*}). */
@ConfigMapping(prefix = "ppo.hotspot.import")
public interface ImportConfig {

    /** The largest upload once decompressed (413 above it): a gzip bomb is refused, not stored. */
    @WithDefault("1073741824")
    long maxUncompressedBytes();

    /** Rows per chunk handed from the parser thread to the merging one; memory holds at most three chunks. */
    @WithDefault("10000")
    int chunkRows();

    /** How often each replica looks for import jobs to claim (queued, or running under an expired lease). */
    @WithDefault("2s")
    Duration poll();

    /** How long a claim lasts unless renewed (every third of it): a replica that dies leaves its job to another after this. */
    @WithDefault("30s")
    Duration lease();

    /** How often a running import writes its progress (bytes and rows read) to its row. */
    @WithDefault("1s")
    Duration progressEvery();

    /** Claims before a job whose replica keeps dying is failed rather than imported again. */
    @WithDefault("3")
    int maxAttempts();
}
