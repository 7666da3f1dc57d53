import { bookDrawings } from './books.js';
import { cleaningDrawings } from './cleaning.js';
import { coffeeBreakDrawings } from './coffee-break.js';
import { computingDrawings } from './computing.js';
import { drinkDrawings } from './drinks.js';
import { furnitureDrawings } from './furniture.js';
import { groceryDrawings } from './groceries.js';
import { mealDrawings } from './meals.js';
import { officeDrawings } from './office.js';
import { packagingDrawings } from './packaging.js';

/** Every kind of product the pictures can show, by name. */
export const DRAWINGS = {
  ...officeDrawings,
  ...furnitureDrawings,
  ...computingDrawings,
  ...cleaningDrawings,
  ...packagingDrawings,
  ...mealDrawings,
  ...drinkDrawings,
  ...groceryDrawings,
  ...coffeeBreakDrawings,
  ...bookDrawings,
};

export type Subject = keyof typeof DRAWINGS;
