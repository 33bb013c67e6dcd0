/** The most site configurations of one kind the task pane adds (as the API's template.xlsx). */
export const MAX_BLOCKS_PER_KIND = 50;
