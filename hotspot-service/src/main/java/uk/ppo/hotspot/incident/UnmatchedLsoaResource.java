package uk.ppo.hotspot.incident;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import uk.ppo.common.security.Roles;
import uk.ppo.hotspot.incident.UnmatchedLsoaRecords.Lsoa;
import uk.ppo.hotspot.incident.UnmatchedLsoaRecords.UnmatchedView;
import uk.ppo.hotspot.report.Window;

import java.sql.Date;
import java.util.List;

/** Which LSOAs incidents were placed in that the area table does not know (and how many have none). */
@Path("/api/v1/incidents/unmatched")
@Tag(name = "Incidents")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ANALYST, Roles.COORDINATOR, Roles.ADMIN, Roles.PARTNER_SYSTEM})
@APIResponse(responseCode = "401", description = "No valid token")
@APIResponse(responseCode = "403", description = "The role may not do this")
public class UnmatchedLsoaResource {

    private final Unmatched unmatched;

    UnmatchedLsoaResource(Unmatched unmatched) {
        this.unmatched = unmatched;
    }

    @GET
    @Operation(operationId = "unmatchedLsoas", summary = "Incidents that no area report counts: no LSOA, or an LSOA missing from the area table",
            description = "For loading missing areas. Analysts, coordinators, admins and partner systems; no personal data.")
    @APIResponse(responseCode = "200", description = "Counts per unknown LSOA")
    @APIResponse(responseCode = "400", description = "Bad months, named in violations")
    public UnmatchedView unmatched(@QueryParam("from") @Size(max = Window.MONTH_LENGTH) @Parameter(required = true, description = "First month, YYYY-MM", example = "2025-01") String from,
                                   @QueryParam("to") @Size(max = Window.MONTH_LENGTH) @Parameter(required = true, description = "Last month, YYYY-MM, included", example = "2025-12") String to) {
        return unmatched.find(Window.parse(from, to));
    }

    @ApplicationScoped
    static class Unmatched {

        private final EntityManager em;

        Unmatched(EntityManager em) {
            this.em = em;
        }

        @Transactional
        @SuppressWarnings("unchecked")
        UnmatchedView find(Window window) {
            Date from = Date.valueOf(window.from().atDay(1));
            Date to = Date.valueOf(window.to().atDay(1));
            long without = ((Number) em.createNativeQuery("SELECT count(*) FROM incident WHERE lsoa_code IS NULL"
                    + " AND month BETWEEN ?1 AND ?2").setParameter(1, from).setParameter(2, to).getSingleResult()).longValue();
            List<Object[]> rows = em.createNativeQuery("""
                    SELECT i.lsoa_code, max(i.lsoa_name), count(*) FROM incident i
                    WHERE i.lsoa_code IS NOT NULL AND i.month BETWEEN ?1 AND ?2
                      AND NOT EXISTS (SELECT 1 FROM area a WHERE a.code = i.lsoa_code AND a.type = 'LSOA')
                    GROUP BY i.lsoa_code ORDER BY count(*) DESC, i.lsoa_code LIMIT 500
                    """).setParameter(1, from).setParameter(2, to).getResultList();
            return new UnmatchedView(without, rows.stream()
                    .map(r -> new Lsoa((String) r[0], (String) r[1], ((Number) r[2]).longValue())).toList());
        }
    }
}
