package my.etika.testsupport;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.util.function.Function;
import javax.sql.DataSource;

/** A migrated test database with Etika's persistence unit on it, under one provider; closed after each test. */
public final class JpaTestUnit implements AutoCloseable {

    private final TestDatabase database;
    private final EntityManagerFactory emf;

    private JpaTestUnit(TestDatabase database, EntityManagerFactory emf) {
        this.database = database;
        this.emf = emf;
    }

    public static JpaTestUnit start(JpaProvider provider) {
        TestDatabase database = TestDatabase.create();
        return new JpaTestUnit(database, TestPersistenceUnit.create(provider, database.dataSource()));
    }

    /** Runs the work in a transaction of its own entity manager, committed unless it throws. */
    public <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = emf.createEntityManager();
        try {
            em.getTransaction().begin();
            T result = work.apply(em);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    public EntityManagerFactory emf() {
        return emf;
    }

    public DataSource dataSource() {
        return database.dataSource();
    }

    @Override
    public void close() {
        try {
            emf.close();
        } finally {
            database.close();
        }
    }
}
