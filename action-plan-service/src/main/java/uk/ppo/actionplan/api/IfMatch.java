package uk.ppo.actionplan.api;

import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import uk.ppo.common.http.Versions;
import uk.ppo.common.problem.ProblemException;

/**
 * The {@code If-Match} header of every change ({@code @BeanParam IfMatch ifMatch}), declared once: the ETag of the record
 * as the caller read it ({@code "3"}), so that a change made since is a 412 rather than overwritten. Absent or {@code *}:
 * no check. {@link Versions} reads it; anything longer than the longest ETag it accepts ({@code W/"} and 18 digits and
 * {@code "}) is refused here, as a 400 naming If-Match.
 */
public class IfMatch {

    static final int MAX_LENGTH = 22;

    @HeaderParam(Versions.IF_MATCH)
    @Parameter(name = Versions.IF_MATCH, description = "The record's ETag as read, such as \"3\"; a stale one is 412. Absent or *: no check",
            example = "\"3\"", schema = @Schema(type = SchemaType.STRING, maxLength = MAX_LENGTH, pattern = "^(\\*|(W/)?\"?[0-9]{1,18}\"?)$"))
    String value;

    public IfMatch() {
    }

    /** The version the caller read; null when there is nothing to check. */
    public Long expected() {
        if (value != null && value.length() > MAX_LENGTH) {
            throw ProblemException.invalid(Versions.IF_MATCH, "must be the ETag of the record, such as \"3\"");
        }
        return Versions.expected(value);
    }
}
