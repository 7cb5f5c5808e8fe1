/** The vanilla reference: Next's defaults, except the X-Powered-By header, which Quorum drops too. */
const config = { poweredByHeader: false };

export default config;
