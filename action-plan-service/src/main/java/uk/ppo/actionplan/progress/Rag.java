package uk.ppo.actionplan.progress;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Red, amber, green: the status a quarterly progress update gives an action. */
@Schema(name = "ProgressRag", description = "Red, amber or green: the status a quarterly progress update gives an action")
public enum Rag {
    RED,
    AMBER,
    GREEN
}
