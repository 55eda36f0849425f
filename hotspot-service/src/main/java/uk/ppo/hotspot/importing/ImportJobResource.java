package uk.ppo.hotspot.importing;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.paging.Page;
import uk.ppo.common.paging.PageRequest;
import uk.ppo.common.security.Roles;

import java.io.InputStream;
import java.net.URI;
import java.util.UUID;

/** Incident imports as jobs: upload (202 with the job), progress and report, the recent jobs, cancel. */
@Path(ImportJobResource.PATH)
@Tag(name = "Incidents", description = "Police recorded crime and ASB incidents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.PARTNER_SYSTEM, Roles.ADMIN})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class ImportJobResource {

    static final String PATH = "/api/v1/incidents/imports";

    private final ImportJobs jobs;

    ImportJobResource(ImportJobs jobs) {
        this.jobs = jobs;
    }

    @POST
    @Consumes({ImportResource.TEXT_CSV, ImportResource.GZIP, "application/x-gzip"})
    @Operation(operationId = "submitIncidentImport", summary = "Upload a police.uk street-level CSV to import as a job (partner-system, admin)",
            description = "The CSV exactly as data.police.uk publishes it (several months may be concatenated; repeated header lines are"
                    + " skipped), as text/csv, gzip-compressed as application/gzip or with Content-Encoding: gzip. The upload is streamed"
                    + " into the database and checked on the way (gzip intact, size); then any replica imports it. Poll the job for"
                    + " progress and its report. Idempotent: rows are keyed by Crime ID, ID-less ASB rows by content and occurrence."
                    + " All or nothing: the import is one transaction; a bad header, text that is not UTF-8 or (unless skipInvalid=true)"
                    + " any invalid row fails the job and stores nothing. Incidents hold no personal data.")
    @RequestBody(description = "police.uk street-level CSV, plain or gzip")
    @APIResponse(responseCode = "202", description = "Stored and queued; Location names the job",
            headers = @Header(name = "Location", description = "The job to poll", schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ImportJob.class)))
    @APIResponse(responseCode = "400", description = "Empty body, broken or truncated gzip; nothing stored")
    @APIResponse(responseCode = "413", description = "Upload larger than the limit (named in the problem), as sent or once decompressed; nothing stored")
    @APIResponse(responseCode = "415", description = "Not text/csv or gzip")
    public Response submit(InputStream body, @Valid @BeanParam UploadParams upload) {
        ImportJob job = jobs.submit(body, upload.gzip(), upload.skipInvalid);
        return Response.accepted(job).location(URI.create(PATH + "/" + job.id())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getIncidentImport", summary = "An import job: status, progress (bytes and rows read, rows/s), then its report or failure",
            description = "Partner systems see the jobs they submitted, admins every job.")
    @APIResponse(responseCode = "200", description = "The job")
    @APIResponse(responseCode = "404", description = "No such job, or another partner system's")
    public ImportJob get(@PathParam("id") UUID id) {
        return jobs.job(id);
    }

    @GET
    @Operation(operationId = "listIncidentImports", summary = "Recent import jobs, newest first",
            description = "Partner systems see the jobs they submitted, admins every job.")
    @APIResponse(responseCode = "200", description = "A page of jobs")
    @APIResponse(responseCode = "400", description = "page or size out of range")
    public Page<ImportJob> list(@Valid @BeanParam PageRequest page) {
        return jobs.recent(page);
    }

    @POST
    @Path("/{id}/cancel")
    @Operation(operationId = "cancelIncidentImport", summary = "Cancel an import job: a queued one at once, a running one at its next chunk; nothing is stored",
            description = "Partner systems their own jobs, admins any. Cancelling a cancelled job changes nothing.")
    @APIResponse(responseCode = "200", description = "The job: CANCELLED, or RUNNING with cancelRequested until it stops")
    @APIResponse(responseCode = "404", description = "No such job, or another partner system's")
    @APIResponse(responseCode = "409", description = "The job has already completed or failed")
    public ImportJob cancel(@PathParam("id") UUID id) {
        return jobs.cancel(id);
    }
}
