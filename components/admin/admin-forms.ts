// The curator's forms: each key pairs a zod schema (shared with the server) with its action.
import {
  bellsSchema,
  holidaySchema,
  newStudyYearSchema,
  periodSchema,
  schoolProfileSchema,
  studyYearSchema,
} from "@/lib/validations/admin-school";
import { assignmentSchema, classSchema, slotSchema, staffRolesSchema, subjectSchema } from "@/lib/validations/admin-classes";
import {
  createHolidayAction,
  createPeriodAction,
  createStudyYearAction,
  saveBellsAction,
  startNewYearAction,
  updateSchoolAction,
} from "@/lib/actions/admin-school";
import {
  createAssignmentAction,
  createClassAction,
  createSlotAction,
  createSubjectAction,
  setStaffRolesAction,
} from "@/lib/actions/admin-classes";
import { holidayEditSchema, periodEditSchema, studyYearEditSchema } from "@/lib/validations/admin-school";
import { assignmentEditSchema, classEditSchema, subjectEditSchema } from "@/lib/validations/admin-classes";
import {
  removeBellAction,
  removeHolidayAction,
  removePeriodAction,
  removeStudyYearAction,
  updateHolidayAction,
  updatePeriodAction,
  updateStudyYearAction,
} from "@/lib/actions/admin-school-edit";
import {
  removeAssignmentAction,
  removeClassAction,
  removeSubjectAction,
  updateAssignmentAction,
  updateClassAction,
  updateSubjectAction,
} from "@/lib/actions/admin-classes-edit";

export const ADMIN_FORMS = {
  school: { schema: schoolProfileSchema, action: updateSchoolAction },
  year: { schema: studyYearSchema, action: createStudyYearAction },
  newYear: { schema: newStudyYearSchema, action: startNewYearAction },
  period: { schema: periodSchema, action: createPeriodAction },
  holiday: { schema: holidaySchema, action: createHolidayAction },
  bells: { schema: bellsSchema, action: saveBellsAction },
  class: { schema: classSchema, action: createClassAction },
  subject: { schema: subjectSchema, action: createSubjectAction },
  staffRoles: { schema: staffRolesSchema, action: setStaffRolesAction },
  assignment: { schema: assignmentSchema, action: createAssignmentAction },
  slot: { schema: slotSchema, action: createSlotAction },
  yearEdit: { schema: studyYearEditSchema, action: updateStudyYearAction },
  periodEdit: { schema: periodEditSchema, action: updatePeriodAction },
  holidayEdit: { schema: holidayEditSchema, action: updateHolidayAction },
  classEdit: { schema: classEditSchema, action: updateClassAction },
  subjectEdit: { schema: subjectEditSchema, action: updateSubjectAction },
  assignmentEdit: { schema: assignmentEditSchema, action: updateAssignmentAction },
} as const;

/** The removals behind «Удалить» (ADM-1, ADM-2); each refuses when data depends on the record. */
export const REMOVE_ACTIONS = {
  year: removeStudyYearAction,
  period: removePeriodAction,
  holiday: removeHolidayAction,
  bell: removeBellAction,
  class: removeClassAction,
  subject: removeSubjectAction,
  assignment: removeAssignmentAction,
} as const;

export type RemoveKey = keyof typeof REMOVE_ACTIONS;

export type AdminFormKey = keyof typeof ADMIN_FORMS;
