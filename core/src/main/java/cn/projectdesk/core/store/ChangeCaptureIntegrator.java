package cn.projectdesk.core.store;

import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;

/** Registers the change capture for every write event Hibernate knows. */
final class ChangeCaptureIntegrator implements org.hibernate.integrator.spi.Integrator {
    private final ChangeCapture capture;

    ChangeCaptureIntegrator(ChangeCapture capture) {
        this.capture = capture;
    }

    @Override
    public void integrate(Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        EventListenerRegistry registry = sessionFactory.getEventListenerRegistry();
        registry.appendListeners(EventType.PRE_INSERT, capture);
        registry.appendListeners(EventType.PRE_UPDATE, capture);
        registry.appendListeners(EventType.PRE_DELETE, capture);
        registry.appendListeners(EventType.POST_INSERT, capture);
        registry.appendListeners(EventType.POST_UPDATE, capture);
        registry.appendListeners(EventType.POST_DELETE, capture);
    }
}
