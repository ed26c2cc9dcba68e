package my.etika.discipline.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import my.etika.discipline.boundary.AmendmentView;
import my.etika.discipline.boundary.AuthorityForm;
import my.etika.discipline.boundary.AuthorityView;
import my.etika.discipline.boundary.CategoryForm;
import my.etika.discipline.boundary.CategoryView;
import my.etika.discipline.boundary.CircularView;
import my.etika.discipline.boundary.DisciplineReference;
import my.etika.discipline.boundary.InstrumentView;
import my.etika.discipline.boundary.ProvisionForm;
import my.etika.discipline.boundary.ProvisionView;
import my.etika.discipline.boundary.PunishmentTypeForm;
import my.etika.discipline.boundary.PunishmentTypeView;
import my.etika.discipline.boundary.Retirement;
import my.etika.discipline.boundary.Revision;
import my.etika.discipline.entity.PunishmentKind;
import my.etika.platform.boundary.BusinessException;
import my.etika.platform.boundary.Roles;

/**
 * The disciplinary reference data. Lists are as in force {@code on} a day (today in Malaysia when not given), or
 * every version with {@code all=true}. Administrators add a code ({@code POST}), revise it ({@code PUT}: the old
 * version ends the day before the new one starts and stays, for the cases that cite it) or retire it.
 */
@Path("discipline/reference")
@RolesAllowed({Roles.INTEGRITY, Roles.INTEGRITY_HEAD, Roles.HR, Roles.AUDITOR, Roles.ADMIN})
@Produces(MediaType.APPLICATION_JSON)
public class ReferenceResource {

    @Inject
    DisciplineReference reference;

    /** The next version of a row: the version seen, its first day, why, and the new content. */
    public record ProvisionRevision(long version, LocalDate effectiveFrom, String reason, ProvisionForm provision) {
    }

    public record CategoryRevision(long version, LocalDate effectiveFrom, String reason, CategoryForm category) {
    }

    public record PunishmentRevision(long version, LocalDate effectiveFrom, String reason,
            PunishmentTypeForm punishment) {
    }

    public record AuthorityRevision(long version, LocalDate effectiveFrom, String reason, AuthorityForm authority) {
    }

    /** A new provision of an instrument. */
    public record NewProvision(String instrumentCode, String numberLabel, LocalDate effectiveFrom,
            ProvisionForm provision) {
    }

    public record NewCategory(String code, LocalDate effectiveFrom, CategoryForm category) {
    }

    public record NewPunishment(PunishmentKind kind, LocalDate effectiveFrom, PunishmentTypeForm punishment) {
    }

    public record NewAuthority(String code, LocalDate effectiveFrom, AuthorityForm authority) {
    }

    /** The end of a row: the version seen, its last day in force, why. */
    public record RetirementRequest(long version, LocalDate lastDay, String reason) {
    }

    @GET
    @Path("instruments")
    public List<InstrumentView> instruments() {
        return reference.instruments();
    }

    @GET
    @Path("provisions")
    public List<ProvisionView> provisions(@QueryParam("instrument") String instrument, @QueryParam("on") String on,
            @QueryParam("all") boolean all) {
        String code = instrument == null || instrument.isBlank() ? null : instrument.strip();
        return all ? reference.provisionVersions(code) : reference.provisions(code, day(on));
    }

    @GET
    @Path("provisions/{id}")
    public ProvisionView provision(@PathParam("id") long id) {
        return reference.provision(id);
    }

    @GET
    @Path("categories")
    public List<CategoryView> categories(@QueryParam("on") String on, @QueryParam("all") boolean all) {
        return all ? reference.categoryVersions() : reference.categories(day(on));
    }

    @GET
    @Path("categories/{id}")
    public CategoryView category(@PathParam("id") long id) {
        return reference.category(id);
    }

    @GET
    @Path("punishments")
    public List<PunishmentTypeView> punishments(@QueryParam("on") String on, @QueryParam("all") boolean all) {
        return all ? reference.punishmentVersions() : reference.punishments(day(on));
    }

    @GET
    @Path("punishments/{id}")
    public PunishmentTypeView punishment(@PathParam("id") long id) {
        return reference.punishmentType(id);
    }

    @GET
    @Path("authorities")
    public List<AuthorityView> authorities(@QueryParam("on") String on, @QueryParam("all") boolean all) {
        return all ? reference.authorityVersions() : reference.authorities(day(on));
    }

    @GET
    @Path("authorities/{id}")
    public AuthorityView authority(@PathParam("id") long id) {
        return reference.authority(id);
    }

    @GET
    @Path("circulars")
    public List<CircularView> circulars() {
        return reference.circulars();
    }

    @GET
    @Path("amendments")
    public List<AmendmentView> amendments() {
        return reference.amendments();
    }

    @POST
    @Path("provisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response addProvision(NewProvision added, @Context UriInfo uri) {
        NewProvision body = required(added);
        ProvisionView created = reference.addProvision(body.instrumentCode(), body.numberLabel(),
                body.effectiveFrom(), body.provision());
        return created(uri, created.id(), created);
    }

    @PUT
    @Path("provisions/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public ProvisionView reviseProvision(@PathParam("id") long id, ProvisionRevision revision) {
        ProvisionRevision body = required(revision);
        return reference.reviseProvision(id, new Revision(body.version(), body.effectiveFrom(), body.reason()),
                body.provision());
    }

    @POST
    @Path("provisions/{id}/retirement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public ProvisionView retireProvision(@PathParam("id") long id, RetirementRequest retirement) {
        return reference.retireProvision(id, retirement(retirement));
    }

    @POST
    @Path("categories")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response addCategory(NewCategory added, @Context UriInfo uri) {
        NewCategory body = required(added);
        CategoryView created = reference.addCategory(body.code(), body.effectiveFrom(), body.category());
        return created(uri, created.id(), created);
    }

    @PUT
    @Path("categories/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public CategoryView reviseCategory(@PathParam("id") long id, CategoryRevision revision) {
        CategoryRevision body = required(revision);
        return reference.reviseCategory(id, new Revision(body.version(), body.effectiveFrom(), body.reason()),
                body.category());
    }

    @POST
    @Path("categories/{id}/retirement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public CategoryView retireCategory(@PathParam("id") long id, RetirementRequest retirement) {
        return reference.retireCategory(id, retirement(retirement));
    }

    @POST
    @Path("punishments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response addPunishment(NewPunishment added, @Context UriInfo uri) {
        NewPunishment body = required(added);
        PunishmentTypeView created = reference.addPunishmentType(body.kind(), body.effectiveFrom(),
                body.punishment());
        return created(uri, created.id(), created);
    }

    @PUT
    @Path("punishments/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public PunishmentTypeView revisePunishment(@PathParam("id") long id, PunishmentRevision revision) {
        PunishmentRevision body = required(revision);
        return reference.revisePunishmentType(id, new Revision(body.version(), body.effectiveFrom(), body.reason()),
                body.punishment());
    }

    @POST
    @Path("punishments/{id}/retirement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public PunishmentTypeView retirePunishment(@PathParam("id") long id, RetirementRequest retirement) {
        return reference.retirePunishmentType(id, retirement(retirement));
    }

    @POST
    @Path("authorities")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response addAuthority(NewAuthority added, @Context UriInfo uri) {
        NewAuthority body = required(added);
        AuthorityView created = reference.addAuthority(body.code(), body.effectiveFrom(), body.authority());
        return created(uri, created.id(), created);
    }

    @PUT
    @Path("authorities/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public AuthorityView reviseAuthority(@PathParam("id") long id, AuthorityRevision revision) {
        AuthorityRevision body = required(revision);
        return reference.reviseAuthority(id, new Revision(body.version(), body.effectiveFrom(), body.reason()),
                body.authority());
    }

    @POST
    @Path("authorities/{id}/retirement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public AuthorityView retireAuthority(@PathParam("id") long id, RetirementRequest retirement) {
        return reference.retireAuthority(id, retirement(retirement));
    }

    /** The day a list is read as on: {@code YYYY-MM-DD}, or today in Malaysia. */
    LocalDate day(String on) {
        if (on == null || on.isBlank()) {
            return reference.today();
        }
        try {
            return LocalDate.parse(on.strip());
        } catch (DateTimeParseException e) {
            throw new BusinessException(BusinessException.Kind.INVALID, "reference.dateInvalid", on);
        }
    }

    private static Retirement retirement(RetirementRequest request) {
        RetirementRequest body = required(request);
        return new Retirement(body.version(), body.lastDay(), body.reason());
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new BusinessException(BusinessException.Kind.INVALID, "reference.formRequired");
        }
        return body;
    }

    private static Response created(UriInfo uri, long id, Object entity) {
        return Response.created(uri.getAbsolutePathBuilder().path(Long.toString(id)).build()).entity(entity).build();
    }
}
