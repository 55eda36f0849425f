package uk.ppo.hotspot.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.security.Roles;

import java.io.InputStream;

@Path("/api/v1/incidents/import")
@Tag(name = "Incidents", description = "Police recorded crime and ASB incidents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER_SYSTEM, Roles.ADMIN})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class ImportResource {

    static final String TEXT_CSV = "text/csv";
    static final String GZIP = "application/gzip";

    private final IncidentImporter importer;

    ImportResource(IncidentImporter importer) {
        this.importer = importer;
    }

    @POST
    @Consumes({TEXT_CSV, GZIP, "application/x-gzip"})
    @Operation(operationId = "importIncidents", summary = "Import a police.uk street-level CSV (partner-system, admin)",
            description = "The CSV exactly as data.police.uk publishes it (several months may be concatenated; repeated"
                    + " header lines are skipped), as text/csv, gzip-compressed as application/gzip or with"
                    + " Content-Encoding: gzip. Streamed: a force-year goes in one request. Idempotent: rows are keyed"
                    + " by Crime ID, ID-less ASB rows by content and occurrence, so importing a file again changes"
                    + " nothing. All or nothing: the request is one transaction; a bad header, broken gzip or (unless"
                    + " skipInvalid=true) any invalid row stores nothing. Partner systems and admins; incidents hold no personal data.")
    @RequestBody(description = "police.uk street-level CSV, plain or gzip")
    @APIResponse(responseCode = "200", description = "Imported; counts and the first rejected rows")
    @APIResponse(responseCode = "400", description = "Wrong header, broken gzip, not UTF-8, or invalid rows (each named by line in violations); nothing stored")
    @APIResponse(responseCode = "413", description = "Upload larger than the limit; nothing stored")
    @APIResponse(responseCode = "415", description = "Not text/csv or gzip")
    public ImportReport importCsv(InputStream body,
                                  @HeaderParam("Content-Encoding") @Size(max = 100)
                                  @Parameter(description = "gzip for a compressed body") String contentEncoding,
                                  @HeaderParam("Content-Type") @Parameter(hidden = true) String contentType,
                                  @QueryParam("skipInvalid") @DefaultValue("false")
                                  @Parameter(description = "Leave invalid rows out (reported in errors) instead of failing the request")
                                  boolean skipInvalid) {
        boolean gzip = (contentEncoding != null && contentEncoding.toLowerCase().contains("gzip"))
                || (contentType != null && contentType.toLowerCase().contains("gzip"));
        return importer.importCsv(body, gzip, skipInvalid);
    }
}
