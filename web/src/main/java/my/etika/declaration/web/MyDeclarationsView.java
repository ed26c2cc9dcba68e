package my.etika.declaration.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import my.etika.declaration.boundary.MyDeclaration;
import my.etika.declaration.boundary.MyDeclarations;
import my.etika.declaration.boundary.MyTeam;
import my.etika.declaration.boundary.TeamDeclaration;

/** "My declarations": the calling officer's declarations, open ones first, and those of the officers they supervise. */
@Named
@RequestScoped
public class MyDeclarationsView {

    @Inject
    MyDeclarations declarations;

    @Inject
    MyTeam team;

    private List<MyDeclaration> mine;
    private List<TeamDeclaration> supervised;

    @PostConstruct
    void load() {
        mine = declarations.mine();
        supervised = team.declarations();
    }

    /** The declarations of the officers the caller supervises, in open campaigns. */
    public List<TeamDeclaration> getTeam() {
        return supervised;
    }

    public List<MyDeclaration> getDeclarations() {
        return mine;
    }
}
