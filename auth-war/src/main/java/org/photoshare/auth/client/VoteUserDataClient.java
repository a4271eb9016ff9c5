package org.photoshare.auth.client;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.photoshare.platform.client.RemoteProblemMapper;

@RegisterRestClient(configKey = "vote")
@RegisterProvider(RemoteProblemMapper.class)
@RegisterClientHeaders(SelfSignedServiceTokenHeaders.class)
public interface VoteUserDataClient extends UserDataClient {
}
