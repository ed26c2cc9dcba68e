package my.etika.discipline.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * The officer as the directory described them when the case was opened: the case is about what they were then
 * (grade, post, org unit, duty station), whatever the directory says later.
 */
@Embeddable
public class OfficerSnapshot {

    @Column(name = "officer_id", nullable = false, updatable = false)
    private Long officerId;

    @Column(name = "officer_login", updatable = false, length = 128)
    private String login;

    @Column(name = "officer_name", nullable = false, updatable = false, length = 256)
    private String fullName;

    @Column(name = "officer_employee_number", updatable = false, length = 64)
    private String employeeNumber;

    @Column(name = "officer_grade", updatable = false, length = 32)
    private String grade;

    @Column(name = "officer_grade_system", updatable = false, length = 8)
    private String gradeSystem;

    @Column(name = "officer_service_scheme", updatable = false, length = 128)
    private String serviceScheme;

    @Column(name = "officer_service_group", updatable = false, length = 32)
    private String serviceGroup;

    @Column(name = "officer_position", updatable = false, length = 256)
    private String position;

    @Column(name = "officer_org_unit", updatable = false, length = 256)
    private String orgUnit;

    @Column(name = "officer_duty_station_state", updatable = false, length = 8)
    private String dutyStationState;

    protected OfficerSnapshot() {
    }

    public OfficerSnapshot(long officerId, String login, String fullName, String employeeNumber, String grade,
            String gradeSystem, String serviceScheme, String serviceGroup, String position, String orgUnit,
            String dutyStationState) {
        this.officerId = officerId;
        this.login = login;
        this.fullName = fullName;
        this.employeeNumber = employeeNumber;
        this.grade = grade;
        this.gradeSystem = gradeSystem;
        this.serviceScheme = serviceScheme;
        this.serviceGroup = serviceGroup;
        this.position = position;
        this.orgUnit = orgUnit;
        this.dutyStationState = dutyStationState;
    }

    public Long getOfficerId() {
        return officerId;
    }

    public String getLogin() {
        return login;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmployeeNumber() {
        return employeeNumber;
    }

    public String getGrade() {
        return grade;
    }

    public String getGradeSystem() {
        return gradeSystem;
    }

    public String getServiceScheme() {
        return serviceScheme;
    }

    public String getServiceGroup() {
        return serviceGroup;
    }

    public String getPosition() {
        return position;
    }

    public String getOrgUnit() {
        return orgUnit;
    }

    public String getDutyStationState() {
        return dutyStationState;
    }
}
