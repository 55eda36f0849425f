package uk.ppo.suite;

/** A service's own schema and the database role that owns it. */
public record ServiceDatabase(String schema, String role, String password) {

    /** The naming every service follows: schema {@code offender}, role {@code offender_service}. */
    public static ServiceDatabase forSchema(String schema, String password) {
        return new ServiceDatabase(schema, schema + "_service", password);
    }
}
