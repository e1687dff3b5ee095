package dev.schemaforge.benchmarks.floor;

import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * A goal that does nothing: the time Maven spends around it (finding the plugin, creating its class
 * realm, configuring the Mojo) is the least any plugin's goal can take. It is named {@code generate}
 * and logs what our goal logs when nothing changed, so both are timed the same way.
 */
@Mojo(name = "generate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class NothingMojo extends AbstractMojo {

    @Override
    public void execute() {
        getLog().info("Generated sources are up to date");
    }
}
