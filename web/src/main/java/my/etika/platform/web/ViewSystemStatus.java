package my.etika.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import my.etika.directory.boundary.DirectoryStatus;
import my.etika.directory.boundary.DirectorySummary;
import my.etika.officer.boundary.OfficerRegistry;
import my.etika.officer.entity.OfficerStatus;
import my.etika.platform.boundary.DatabaseStatus;
import my.etika.platform.boundary.DatabaseSummary;

/** The administrators' system page: database, directory connection, officers known to Etika. */
@Named
@RequestScoped
public class ViewSystemStatus {

    @Inject
    DatabaseStatus databaseStatus;

    @Inject
    DirectoryStatus directoryStatus;

    @Inject
    OfficerRegistry officers;

    private DatabaseSummary database;
    private DirectorySummary directory;
    private Map<OfficerStatus, Long> officerCounts;

    @PostConstruct
    void load() {
        database = databaseStatus.summary();
        directory = directoryStatus.summary();
        officerCounts = officers.countByStatus();
    }

    public DatabaseSummary getDatabase() {
        return database;
    }

    public DirectorySummary getDirectory() {
        return directory;
    }

    public List<Map.Entry<OfficerStatus, Long>> getOfficerCounts() {
        return List.copyOf(officerCounts.entrySet());
    }
}
