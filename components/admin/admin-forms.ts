// The curator's forms: each key pairs a zod schema (shared with the server) with its action.
import { bellsSchema, holidaySchema, newStudyYearSchema, periodSchema, schoolProfileSchema, studyYearSchema } from "@/lib/validations/admin-school";
import { assignmentSchema, classSchema, slotSchema, staffRolesSchema, subjectSchema } from "@/lib/validations/admin-classes";
import { createHolidayAction, createPeriodAction, createStudyYearAction, saveBellsAction, startNewYearAction, updateSchoolAction } from "@/lib/actions/admin-school";
import { createAssignmentAction, createClassAction, createSlotAction, createSubjectAction, setStaffRolesAction } from "@/lib/actions/admin-classes";

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
} as const;

export type AdminFormKey = keyof typeof ADMIN_FORMS;
