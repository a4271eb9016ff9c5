package org.photoshare.auth.client;

import org.eclipse.microprofile.rest.client.annotation.RegisterClientHeaders;
import org.eclipse.microprofile.rest.client.annotation.RegisterProvider;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.photoshare.platform.client.RemoteProblemMapper;

@RegisterRestClient(configKey = "comment")
@RegisterProvider(RemoteProblemMapper.class)
@RegisterClientHeaders(SelfSignedServiceTokenHeaders.class)
public interface CommentUserDataClient extends UserDataClient {
}
