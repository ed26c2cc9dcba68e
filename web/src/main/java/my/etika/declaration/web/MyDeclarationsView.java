package my.etika.declaration.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import my.etika.declaration.boundary.MyDeclaration;
import my.etika.declaration.boundary.MyDeclarations;

/** "My declarations": the calling officer's declarations, open ones first. */
@Named
@RequestScoped
public class MyDeclarationsView {

    @Inject
    MyDeclarations declarations;

    private List<MyDeclaration> mine;

    @PostConstruct
    void load() {
        mine = declarations.mine();
    }

    public List<MyDeclaration> getDeclarations() {
        return mine;
    }
}
