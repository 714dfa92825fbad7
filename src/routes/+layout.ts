// Every page is prerendered to plain files (adapter-static): the first frame needs no server.
export const prerender = true;
