package uk.ppo.suite;

/**
 * A service's own schema and its two database roles: the owner, which owns the schema and every object in
 * it and is used only by Flyway, and the runtime role the service connects as, which may read and write
 * the tables its migrations grant it and cannot alter, truncate or take ownership of anything (so it
 * cannot change its own audit trail).
 */
public record ServiceDatabase(String schema, String role, String password, String owner, String ownerPassword) {

    /** The naming every service follows: schema {@code offender}, runtime role {@code offender_service}, owner {@code offender_owner}. */
    public static ServiceDatabase forSchema(String schema, String password, String ownerPassword) {
        return new ServiceDatabase(schema, runtimeRole(schema), password, ownerRole(schema), ownerPassword);
    }

    public static String runtimeRole(String schema) {
        return schema + "_service";
    }

    public static String ownerRole(String schema) {
        return schema + "_owner";
    }
}
