package uk.ppo.common.paging;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** {@code ?page=&size=} on every list endpoint, validated (page 0 to 1,000,000, size 1 to 500). */
public class PageRequest {

    public static final int MAX_SIZE = 500;
    /** Far past the last page of any list (a million pages of 500), and page × size stays an int offset. */
    public static final int MAX_PAGE = 1_000_000;

    @QueryParam("page")
    @DefaultValue("0")
    @Min(value = 0, message = "must be 0 or more")
    @Max(value = MAX_PAGE, message = "must be at most " + MAX_PAGE)
    @Parameter(description = "Zero-based page number, 0 to " + MAX_PAGE)
    int page;

    @QueryParam("size")
    @DefaultValue("50")
    @Min(value = 1, message = "must be at least 1")
    @Max(value = MAX_SIZE, message = "must be at most " + MAX_SIZE)
    @Parameter(description = "Page size, 1 to " + MAX_SIZE)
    int size;

    public PageRequest() {
    }

    public PageRequest(int page, int size) {
        this.page = page;
        this.size = size;
    }

    public int page() {
        return page;
    }

    public int size() {
        return size;
    }
}
