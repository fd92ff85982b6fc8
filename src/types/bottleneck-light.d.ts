/** bottleneck's light build (no clustering), the one the Octokit plugins use; same API as the full build. */
declare module 'bottleneck/light.js' {
  import Bottleneck from 'bottleneck';
  export default Bottleneck;
}
