package uk.ppo.hotspot.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.security.Roles;

import java.io.InputStream;

/**
 * The synchronous import, deprecated for {@link ImportJobResource}: it queues the same job and waits for it, polling the
 * job's row (so it answers whichever replica runs it), with the report or the problem it always answered; every
 * answer says it is deprecated ({@link DeprecationHeaders}).
 */
@Path("/api/v1/incidents/import")
@Tag(name = "Incidents", description = "Police recorded crime and ASB incidents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER_SYSTEM, Roles.ADMIN})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class ImportResource {

    static final String TEXT_CSV = "text/csv";
    static final String GZIP = "application/gzip";

    private final ImportJobs jobs;

    ImportResource(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @POST
    @Consumes({TEXT_CSV, GZIP, "application/x-gzip"})
    @Operation(operationId = "importIncidents", deprecated = true,
            summary = "Deprecated: use POST /api/v1/incidents/imports. Import a police.uk street-level CSV and wait (partner-system, admin)",
            description = "Deprecated (answers carry a Deprecation header and a Link to the successor): upload to"
                    + " POST /api/v1/incidents/imports and poll the job instead; this queues the same job and waits for it. The CSV exactly as data.police.uk publishes it (several months may be concatenated; repeated"
                    + " header lines are skipped), as text/csv, gzip-compressed as application/gzip or with"
                    + " Content-Encoding: gzip. Streamed: a force-year goes in one request. Idempotent: rows are keyed"
                    + " by Crime ID, ID-less ASB rows by content and occurrence, so importing a file again changes"
                    + " nothing. All or nothing: the request is one transaction; a bad header, broken gzip or (unless"
                    + " skipInvalid=true) any invalid row stores nothing. Partner systems and admins; incidents hold no personal data.")
    @RequestBody(description = "police.uk street-level CSV, plain or gzip")
    @APIResponse(responseCode = "200", description = "Imported; counts and the first rejected rows",
            headers = {@Header(name = DeprecationHeaders.DEPRECATION, description = "When this operation was deprecated (RFC 9745)", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "Link", description = "The successor, POST /api/v1/incidents/imports", schema = @Schema(type = SchemaType.STRING))},
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportReport.class)))
    @APIResponse(responseCode = "400", description = "Wrong header, broken gzip, not UTF-8, or invalid rows (each named by line in violations); nothing stored")
    @APIResponse(responseCode = "413", description = "Upload larger than the limit; nothing stored")
    @APIResponse(responseCode = "409", description = "The job was cancelled (POST /api/v1/incidents/imports/{id}/cancel) before it ended; nothing stored")
    @APIResponse(responseCode = "415", description = "Not text/csv or gzip")
    public ImportReport importCsv(InputStream body, @Valid @BeanParam UploadParams upload) {
        ImportJob job = jobs.submit(body, upload.gzip(), upload.skipInvalid);
        return jobs.await(job.id());
    }
}
