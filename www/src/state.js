// What the page's modules share and replace: the simulator (a reset or an import puts a new
// one here), the world as last read from it, the editor, and the callbacks fired since the
// journal last took them.

export const page = {
  /** The page's Simulator. */
  sim: null,
  /** The simulator's state as last read: completion, samples and the diff read this one (a
   * large world costs tens of milliseconds to read). */
  world: null,
  /** The endpoint chosen (`selectApi`): what the summary, the editor, Run and a share link
   * use, whatever the picker's filter leaves in the list. */
  api: "",
  /** The request body's editor (editor-panel.js). */
  editor: null,
  /** A world is being built (a scenario, a link's): the controls that change it wait. */
  busy: false,
  /** The callbacks fired since the journal last took them (for the timeline). */
  fired: [],
};

export function readWorld() {
  page.world = page.sim.inspect();
  return page.world;
}

/** The world as last read, read now if it never was. */
export const lastWorld = () => page.world ?? readWorld();
