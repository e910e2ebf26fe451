package io.djcheck.spring;

import io.djcheck.Checker;
import org.springframework.context.ApplicationEvent;

/** Published after every reload of the shared checker's pack (watcher or {@link Checker#reload()}): listen with {@code @EventListener}. */
public class DjcheckReloadEvent extends ApplicationEvent {

    private static final long serialVersionUID = 1L;

    private final transient Checker.Reload reload;

    public DjcheckReloadEvent(Checker checker, Checker.Reload reload) {
        super(checker);
        this.reload = reload;
    }

    /** What the reload did: RELOADED, UNCHANGED or FAILED (with the problems), and the pack now serving. */
    public Checker.Reload getReload() {
        return reload;
    }
}
