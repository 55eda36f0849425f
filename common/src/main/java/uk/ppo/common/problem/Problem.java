package uk.ppo.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/**
 * An RFC 9457 problem document, the body of every error the suite returns
 * ({@code application/problem+json}).
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details; violations name the offending fields")
public record Problem(
        @Schema(description = "Stable identifier of the kind of problem", example = "urn:ppo:problem:invalid-input")
        String type,
        @Schema(description = "Short summary of the kind of problem", example = "Invalid input")
        String title,
        @Schema(description = "HTTP status", example = "400")
        int status,
        @Schema(description = "What went wrong with this request", example = "code: must not be blank")
        String detail,
        @Schema(description = "The request path", example = "/api/v1/schemes")
        String instance,
        @Schema(description = "Request id (X-Request-Id) to quote when asking for support")
        String requestId,
        @Schema(description = "One entry per invalid field")
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid field: its JSON path (e.g. {@code offences[2].offenceDate}) and why. */
    @Schema(name = "Violation")
    public record Violation(
            @Schema(example = "code") String field,
            @Schema(example = "must not be blank") String message) {
    }
}
