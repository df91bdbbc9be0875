package hsim.viz.report;

import hsim.results.ResultsFolder;
import java.io.IOException;
import java.nio.file.Path;

/**
 * Extension point for report content that needs more than the CSV files, such as the maps of final
 * gang territory and facility status for a representative run per option ({@link OptionMaps}, from
 * the runs' saved {@code states/} files). An implementation writes its images into {@code reportDir}, links them relatively,
 * and returns the HTML body of its section; {@link ReportWriter#write(Path, java.util.List)} places
 * it after the charts. Returning an empty string leaves the section out.
 */
public interface ReportSection {
    /** Anchor id, lower case letters, digits and dashes. */
    String id();

    /** Heading shown in the report and its table of contents. */
    String title();

    /** The section's HTML (escaped), or "" when it has nothing to show for these results. */
    String render(ResultsFolder results, Path reportDir) throws IOException;
}
