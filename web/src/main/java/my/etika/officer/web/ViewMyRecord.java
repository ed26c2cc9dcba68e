package my.etika.officer.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import my.etika.officer.boundary.OfficerRecord;
import my.etika.officer.boundary.OfficerRegistry;

/** "My record": the logged-in officer's data as the directory gave it (read-only, so request-scoped). */
@Named
@RequestScoped
public class ViewMyRecord {

    @Inject
    OfficerRegistry registry;

    private OfficerRecord officer;

    @PostConstruct
    void load() {
        officer = registry.myRecord();
    }

    public OfficerRecord getOfficer() {
        return officer;
    }
}
