package uk.ppo.hotspot.importing;

import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** What both import operations read besides the body: whether it is gzip, and whether invalid rows are skipped. */
public class UploadParams {

    @HeaderParam("Content-Encoding")
    @Size(max = 100)
    @Parameter(description = "gzip for a compressed body")
    String contentEncoding;

    @HeaderParam("Content-Type")
    @Parameter(hidden = true)
    String contentType;

    @QueryParam("skipInvalid")
    @DefaultValue("false")
    @Parameter(description = "Leave invalid rows out (reported in the report's errors) instead of failing the import")
    boolean skipInvalid;

    /** Gzip by Content-Encoding or media type; a body starting with the gzip magic bytes is decompressed anyway. */
    boolean gzip() {
        return (contentEncoding != null && contentEncoding.toLowerCase().contains("gzip"))
                || (contentType != null && contentType.toLowerCase().contains("gzip"));
    }
}
