package uk.ppo.hotspot.importing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The incident import's settings ({@code ppo.hotspot.import.*}). */
@ConfigMapping(prefix = "ppo.hotspot.import")
public interface ImportConfig {

    /** The largest upload once decompressed (413 above it): a gzip bomb is refused, not stored. */
    @WithDefault("1073741824")
    long maxUncompressedBytes();

    /** Rows per chunk handed from the parser thread to the merging one; memory holds at most three chunks. */
    @WithDefault("10000")
    int chunkRows();
}
