package my.etika.discipline.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/** An integrity officer assigned to a case: only they (and the unit head) see it. Ended, never deleted. */
@Entity
@Table(name = "incident_assignment")
@NamedQuery(name = IncidentAssignment.CURRENT, query = "select a from IncidentAssignment a"
        + " where a.incidentId = :incident and a.endedAt is null order by a.assignedAt")
public class IncidentAssignment {

    public static final String CURRENT = "IncidentAssignment.current";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "incident_id", nullable = false, updatable = false)
    private Long incidentId;

    @Column(nullable = false, updatable = false, length = 128)
    private String login;

    @Column(name = "assigned_at", nullable = false, updatable = false)
    private Instant assignedAt;

    @Column(name = "assigned_by", nullable = false, updatable = false, length = 128)
    private String assignedBy;

    @Column(name = "ended_at")
    private Instant endedAt;

    @Column(name = "ended_by", length = 128)
    private String endedBy;

    protected IncidentAssignment() {
    }

    public IncidentAssignment(long incidentId, String login, String assignedBy, Instant assignedAt) {
        this.incidentId = incidentId;
        this.login = login;
        this.assignedBy = assignedBy;
        this.assignedAt = assignedAt;
    }

    public void end(String by, Instant at) {
        endedBy = by;
        endedAt = at;
    }

    public Long getId() {
        return id;
    }

    public String getLogin() {
        return login;
    }

    public Instant getAssignedAt() {
        return assignedAt;
    }

    public String getAssignedBy() {
        return assignedBy;
    }
}
